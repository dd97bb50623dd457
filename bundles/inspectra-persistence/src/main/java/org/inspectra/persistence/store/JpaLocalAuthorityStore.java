package org.inspectra.persistence.store;

import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.inspectra.api.authority.LocalAuthority;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.store.AuditEntry;
import org.inspectra.api.store.LocalAuthorityStore;
import org.inspectra.persistence.entity.AuditEntryEntity;
import org.inspectra.persistence.entity.LocalAuthorityEntity;
import org.inspectra.persistence.schema.SchemaMigration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = LocalAuthorityStore.class)
public final class JpaLocalAuthorityStore implements LocalAuthorityStore {

    private static final String LIST = "local-authorities";

    private final JpaTemplate jpa;

    @Activate
    public JpaLocalAuthorityStore(@Reference(target = "(osgi.unit.name=inspectra)") JpaTemplate jpa,
                                  @Reference SchemaMigration schema) {
        this.jpa = jpa;
    }

    @Override
    public Optional<LocalAuthority> find(String code) {
        return jpa.txExpr(TransactionType.Supports, em ->
                Optional.ofNullable(em.find(LocalAuthorityEntity.class, code)).map(LocalAuthorityEntity::toDomain));
    }

    @Override
    public Page<LocalAuthority> list(PageRequest page) {
        Keyset after = Keyset.after(LIST, page, 1);
        return jpa.txExpr(TransactionType.Supports, em -> Keyset.page(em
                .createQuery("select a from LocalAuthorityEntity a where a.code > :after order by a.code",
                        LocalAuthorityEntity.class)
                .setParameter("after", after == null ? "" : after.text(0))
                .setMaxResults(page.limit() + 1).getResultList().stream().map(LocalAuthorityEntity::toDomain)
                .toList(), page.limit(), a -> Keyset.cursor(LIST, a.code())));
    }

    @Override
    public boolean save(LocalAuthority authority, AuditEntry audit) {
        return JpaWork.guarded("Local authority " + authority.code(), () -> jpa.txExpr(TransactionType.Required, em -> {
            LocalAuthorityEntity existing = em.find(LocalAuthorityEntity.class, authority.code());
            if (existing == null) {
                em.persist(new LocalAuthorityEntity(authority.code(), authority.name()));
                em.flush();
                InspectionListState.opened(em, authority.code());
            } else {
                existing.rename(authority.name());
            }
            em.persist(new AuditEntryEntity(audit));
            em.flush();
            return existing == null;
        }));
    }
}
