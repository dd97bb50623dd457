package org.inspectra.persistence.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
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

import org.junit.jupiter.api.Test;

class ListedEntitiesProviderTest {

    private final Recording hibernate = new Recording();
    private final ListedEntitiesProvider provider = new ListedEntitiesProvider(hibernate);
    private final Unit unit = new Unit();

    @Test
    void hibernateGetsTheUnitWithNothingToScanAndTheRestAsAriesJpaReadIt() throws Exception {
        Map<String, Object> properties = Map.of("javax.persistence.jtaDataSource", "ds");
        EntityManagerFactory factory = provider.createContainerEntityManagerFactory(unit, properties);

        assertThat(factory).isSameAs(hibernate.factory);
        assertThat(hibernate.properties).isSameAs(properties);
        PersistenceUnitInfo given = hibernate.units.get(0);
        assertThat(given.getPersistenceUnitRootUrl()).isNull();
        assertThat(given.getJarFileUrls()).isEmpty();
        assertThat(given.getManagedClassNames()).containsExactly("org.inspectra.persistence.entity.InspectionEntity");
        assertThat(given.excludeUnlistedClasses()).isTrue();
        assertThat(given.getPersistenceUnitName()).isEqualTo("inspectra");
        assertThat(given.getTransactionType()).isEqualTo(PersistenceUnitTransactionType.JTA);
        assertThat(given.getJtaDataSource()).isSameAs(unit.dataSource);
        assertThat(given.getNonJtaDataSource()).isSameAs(unit.dataSource);
        assertThat(given.getClassLoader()).isSameAs(unit.getClassLoader());
        assertThat(given.getProperties()).isSameAs(unit.properties);
        assertThat(given.getMappingFileNames()).isEmpty();
        ClassTransformer transformer = (loader, name, redefined, domain, bytes) -> bytes;
        given.addTransformer(transformer);
        assertThat(unit.transformers).containsExactly(transformer);
    }

    @Test
    void ariesJpasWeavingProbeWithoutPropertiesIsRefusedWithoutBuildingAFactory() {
        assertThatThrownBy(() -> provider.createContainerEntityManagerFactory(unit, null))
                .isInstanceOf(PersistenceException.class).hasMessageContaining("weaving probe of unit inspectra");
        assertThat(hibernate.units).isEmpty();
    }

    @Test
    void theUnitNamesThisProviderAsAriesJpaLooksItUp() {
        // Aries JPA tracks the provider service whose javax.persistence.provider is the unit's <provider>.
        assertThat(ListedEntitiesProvider.NAME).isEqualTo(ListedEntitiesProvider.class.getName());
        assertThat(Path.of("src/main/resources/META-INF/persistence.xml")).content()
                .contains("<provider>" + ListedEntitiesProvider.NAME + "</provider>");
    }

    /** Hibernate's provider as the registry gives it, recording what it was asked to build. */
    private static final class Recording implements PersistenceProvider {
        final List<PersistenceUnitInfo> units = new ArrayList<>();
        Map<?, ?> properties;
        final EntityManagerFactory factory = (EntityManagerFactory) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {EntityManagerFactory.class}, (p, m, a) -> null);

        @Override
        public EntityManagerFactory createContainerEntityManagerFactory(PersistenceUnitInfo info, Map map) {
            units.add(info);
            properties = map;
            return factory;
        }

        @Override
        public EntityManagerFactory createEntityManagerFactory(String emName, Map map) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void generateSchema(PersistenceUnitInfo info, Map map) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean generateSchema(String persistenceUnitName, Map map) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ProviderUtil getProviderUtil() {
            throw new UnsupportedOperationException();
        }
    }

    /** The unit as Aries JPA hands it over: rooted in its bundle. */
    private static final class Unit implements PersistenceUnitInfo {
        final DataSource dataSource = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (p, m, a) -> null);
        final Properties properties = new Properties();
        final List<ClassTransformer> transformers = new ArrayList<>();

        @Override
        public String getPersistenceUnitName() {
            return "inspectra";
        }

        @Override
        public String getPersistenceProviderClassName() {
            return ListedEntitiesProvider.class.getName();
        }

        @Override
        public PersistenceUnitTransactionType getTransactionType() {
            return PersistenceUnitTransactionType.JTA;
        }

        @Override
        public DataSource getJtaDataSource() {
            return dataSource;
        }

        @Override
        public DataSource getNonJtaDataSource() {
            return dataSource;
        }

        @Override
        public List<String> getMappingFileNames() {
            return List.of();
        }

        @Override
        public List<URL> getJarFileUrls() {
            try {
                return List.of(Path.of("target/classes").toUri().toURL());
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public URL getPersistenceUnitRootUrl() {
            return getJarFileUrls().get(0);
        }

        @Override
        public List<String> getManagedClassNames() {
            return List.of("org.inspectra.persistence.entity.InspectionEntity");
        }

        @Override
        public boolean excludeUnlistedClasses() {
            return true;
        }

        @Override
        public SharedCacheMode getSharedCacheMode() {
            return SharedCacheMode.UNSPECIFIED;
        }

        @Override
        public ValidationMode getValidationMode() {
            return ValidationMode.AUTO;
        }

        @Override
        public Properties getProperties() {
            return properties;
        }

        @Override
        public String getPersistenceXMLSchemaVersion() {
            return "2.2";
        }

        @Override
        public ClassLoader getClassLoader() {
            return ListedEntitiesProviderTest.class.getClassLoader();
        }

        @Override
        public void addTransformer(ClassTransformer transformer) {
            transformers.add(transformer);
        }

        @Override
        public ClassLoader getNewTempClassLoader() {
            return null;
        }
    }
}
