package org.inspectra.persistence.provider;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceException;
import javax.persistence.SharedCacheMode;
import javax.persistence.ValidationMode;
import javax.persistence.spi.ClassTransformer;
import javax.persistence.spi.PersistenceProvider;
import javax.persistence.spi.PersistenceUnitInfo;
import javax.persistence.spi.PersistenceUnitTransactionType;
import javax.persistence.spi.ProviderUtil;
import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Hibernate, as the persistence unit names it ({@code META-INF/persistence.xml}), less two costs of its start that buy
 * this unit nothing. Measured at boot with JFR (docs/performance.md, Boot), they were over half of Hibernate's time:
 * <ul>
 *   <li><b>The scan.</b> Hibernate's OSGi provider reads and indexes every class the unit's bundle can see (its own and
 *   those of the packages it imports) to find entities and mapping files, though the unit lists its entities and
 *   excludes the rest, and has no mapping file; its provider sets the scanner itself, over any setting. The unit is
 *   handed to Hibernate without a root to scan, so only the listed classes are read.</li>
 *   <li><b>Aries JPA's weaving probe.</b> Aries JPA builds a whole factory on a stand-in datasource as soon as the
 *   provider appears, and closes it at once, only so that a provider may register a class transformer in time; it does
 *   so on the framework's start-level thread, holding up every bundle after it. Hibernate registers a transformer only
 *   for bytecode enhancement, which is off here, so the probe (the one call that brings no properties) is refused, and
 *   Aries JPA goes on as it does when a probe fails.</li>
 * </ul>
 * Everything else is Hibernate's own provider, the instance this bundle gets from the OSGi registry.
 */
@Component(service = PersistenceProvider.class, property = "javax.persistence.provider=" + ListedEntitiesProvider.NAME)
public final class ListedEntitiesProvider implements PersistenceProvider {

    /** The name the unit's {@code <provider>} gives, which Aries JPA looks the provider service up by. */
    static final String NAME = "org.inspectra.persistence.provider.ListedEntitiesProvider";

    private final PersistenceProvider hibernate;

    @Activate
    public ListedEntitiesProvider(@Reference(target = "(javax.persistence.provider="
            + "org.hibernate.jpa.HibernatePersistenceProvider)") PersistenceProvider hibernate) {
        this.hibernate = hibernate;
    }

    @Override
    public EntityManagerFactory createContainerEntityManagerFactory(PersistenceUnitInfo unit, Map properties) {
        if (properties == null) {
            throw new PersistenceException("No factory for Aries JPA's weaving probe of unit "
                    + unit.getPersistenceUnitName() + ": Hibernate adds no class transformer without bytecode "
                    + "enhancement, which this unit does not use");
        }
        return hibernate.createContainerEntityManagerFactory(new Unscanned(unit), properties);
    }

    @Override
    public EntityManagerFactory createEntityManagerFactory(String unitName, Map properties) {
        return hibernate.createEntityManagerFactory(unitName, properties);
    }

    @Override
    public void generateSchema(PersistenceUnitInfo unit, Map properties) {
        hibernate.generateSchema(new Unscanned(unit), properties);
    }

    @Override
    public boolean generateSchema(String unitName, Map properties) {
        return hibernate.generateSchema(unitName, properties);
    }

    @Override
    public ProviderUtil getProviderUtil() {
        return hibernate.getProviderUtil();
    }

    /** The unit as Aries JPA read it, with no root and no jar files: nothing for a scanner to visit. */
    record Unscanned(PersistenceUnitInfo unit) implements PersistenceUnitInfo {

        @Override
        public URL getPersistenceUnitRootUrl() {
            return null;
        }

        @Override
        public List<URL> getJarFileUrls() {
            return List.of();
        }

        @Override
        public String getPersistenceUnitName() {
            return unit.getPersistenceUnitName();
        }

        @Override
        public String getPersistenceProviderClassName() {
            return unit.getPersistenceProviderClassName();
        }

        @Override
        public PersistenceUnitTransactionType getTransactionType() {
            return unit.getTransactionType();
        }

        @Override
        public DataSource getJtaDataSource() {
            return unit.getJtaDataSource();
        }

        @Override
        public DataSource getNonJtaDataSource() {
            return unit.getNonJtaDataSource();
        }

        @Override
        public List<String> getMappingFileNames() {
            return unit.getMappingFileNames();
        }

        @Override
        public List<String> getManagedClassNames() {
            return unit.getManagedClassNames();
        }

        @Override
        public boolean excludeUnlistedClasses() {
            return unit.excludeUnlistedClasses();
        }

        @Override
        public SharedCacheMode getSharedCacheMode() {
            return unit.getSharedCacheMode();
        }

        @Override
        public ValidationMode getValidationMode() {
            return unit.getValidationMode();
        }

        @Override
        public Properties getProperties() {
            return unit.getProperties();
        }

        @Override
        public String getPersistenceXMLSchemaVersion() {
            return unit.getPersistenceXMLSchemaVersion();
        }

        @Override
        public ClassLoader getClassLoader() {
            return unit.getClassLoader();
        }

        @Override
        public void addTransformer(ClassTransformer transformer) {
            unit.addTransformer(transformer);
        }

        @Override
        public ClassLoader getNewTempClassLoader() {
            return unit.getNewTempClassLoader();
        }
    }
}
