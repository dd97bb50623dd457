-- Inspectra schema, version 20: browser sessions (docs/web.md). Kept in the database so any node of a cluster serves
-- them and they survive a restart. Only the SHA-256 hash of the session token is stored: a copy of this table does
-- not let anyone sign in.

CREATE TABLE browser_session (
    token_hash  VARCHAR(64)   NOT NULL PRIMARY KEY,
    user_name   VARCHAR(128)  NOT NULL,
    roles       VARCHAR(2000) NOT NULL,
    csrf_token  VARCHAR(64)   NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    last_used   TIMESTAMP     NOT NULL,
    expires_at  TIMESTAMP     NOT NULL
);
CREATE INDEX browser_session_by_expiry ON browser_session (expires_at);
