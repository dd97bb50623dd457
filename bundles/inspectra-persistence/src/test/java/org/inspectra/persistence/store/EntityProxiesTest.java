package org.inspectra.persistence.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.hibernate.SessionFactory;
import org.hibernate.metamodel.spi.MetamodelImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.inspectra.persistence.schema.SchemaMigration;
import org.junit.jupiter.api.Test;

/** No entity of the unit gets a lazy-loading proxy class built at boot (the entity package's package-info). */
class EntityProxiesTest {

    @Test
    void everyEntityOfTheUnitIsMappedWithoutALazyProxy() {
        try (TestDatabase database = TestDatabase.derby()) {
            new SchemaMigration(database.dataSource());
            try (ResourceLocalJpaTemplate jpa = new ResourceLocalJpaTemplate(database.dataSource())) {
                List<EntityPersister> persisters = jpa.txExpr(em -> {
                    MetamodelImplementor metamodel = (MetamodelImplementor) em.getEntityManagerFactory()
                            .unwrap(SessionFactory.class).getMetamodel();
                    return metamodel.entityPersisters().values().stream().collect(Collectors.toList());
                });

                // The unit's 18 entities (META-INF/persistence.xml lists two embeddables besides)
                assertThat(persisters).hasSize(18);
                assertThat(persisters).extracting(EntityPersister::getEntityName)
                        .contains("org.inspectra.persistence.entity.InspectionEntity");
                // Not lazy: Hibernate builds no proxy factory, and so no proxy class, for it (AbstractEntityTuplizer)
                assertThat(persisters).allSatisfy(persister -> assertThat(persister.getEntityMetamodel().isLazy())
                        .as(persister.getEntityName()).isFalse());
            }
        }
    }
}
