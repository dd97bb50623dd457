-- Inspectra schema, version 3: concern referrals (003 §74, Annex C) and requests for further information
-- (000 §166-168, Annex B), each under an optimistic lock.

CREATE TABLE concern (
    id                VARCHAR(36)  NOT NULL PRIMARY KEY,
    inspection_id     VARCHAR(36)  NOT NULL REFERENCES inspection (id),
    category          INTEGER      NOT NULL,
    referred_by       VARCHAR(128) NOT NULL,
    referred_on       DATE         NOT NULL,
    la_team           VARCHAR(200) NOT NULL,
    issues            CLOB         NOT NULL,
    response_due      DATE         NOT NULL,
    response_text     CLOB,
    response_by       VARCHAR(128),
    response_at       TIMESTAMP,
    evaluation_text   CLOB,
    evaluation_by     VARCHAR(128),
    evaluation_at     TIMESTAMP,
    dcs_sign_off_text CLOB,
    dcs_sign_off_by   VARCHAR(128),
    dcs_sign_off_at   TIMESTAMP,
    lead_sign_off_text CLOB,
    lead_sign_off_by  VARCHAR(128),
    lead_sign_off_at  TIMESTAMP,
    row_version       BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX concern_by_inspection ON concern (inspection_id);

CREATE TABLE concern_case_reference (
    concern_id      VARCHAR(36) NOT NULL REFERENCES concern (id),
    reference_order INTEGER     NOT NULL,
    case_reference  VARCHAR(40) NOT NULL,
    PRIMARY KEY (concern_id, reference_order)
);

CREATE TABLE information_request (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    inspection_id VARCHAR(36)  NOT NULL REFERENCES inspection (id),
    requested_by  VARCHAR(128) NOT NULL,
    requested_at  TIMESTAMP    NOT NULL,
    request_type  VARCHAR(32)  NOT NULL,
    what          CLOB         NOT NULL,
    why           CLOB         NOT NULL,
    required_by   DATE         NOT NULL,
    response_text CLOB,
    responded_by  VARCHAR(128),
    responded_at  TIMESTAMP,
    row_version   BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX information_request_by_inspection ON information_request (inspection_id);
