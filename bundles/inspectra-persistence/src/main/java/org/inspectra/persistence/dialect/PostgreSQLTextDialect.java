package org.inspectra.persistence.dialect;

import java.sql.Types;

import org.hibernate.dialect.PostgreSQL10Dialect;
import org.hibernate.type.descriptor.sql.LongVarcharTypeDescriptor;
import org.hibernate.type.descriptor.sql.SqlTypeDescriptor;

/**
 * PostgreSQL 10 and later, with long texts ({@code @Lob String}, Derby's CLOB columns) bound as plain strings to the
 * {@code text} columns the PostgreSQL migrations give them. Hibernate's own PostgreSQL dialects bind a CLOB as a large
 * object, whose oid a {@code text} column would hold in place of the text.
 */
public class PostgreSQLTextDialect extends PostgreSQL10Dialect {

    public PostgreSQLTextDialect() {
        registerColumnType(Types.CLOB, "text");
    }

    @Override
    public SqlTypeDescriptor getSqlTypeDescriptorOverride(int sqlCode) {
        return sqlCode == Types.CLOB ? LongVarcharTypeDescriptor.INSTANCE : super.getSqlTypeDescriptorOverride(sqlCode);
    }
}
