package org.inspectra.persistence.store;

import java.util.function.Supplier;

import javax.persistence.OptimisticLockException;

import org.inspectra.api.error.ConflictException;

/** Turns a lost race between two writers into the domain's conflict, wherever the provider reports it. */
final class JpaWork {

    private JpaWork() {
    }

    static <R> R guarded(String what, Supplier<R> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            if (isLostUpdate(e)) {
                throw new ConflictException(what + " was changed by someone else meanwhile; read it again and retry");
            }
            throw e;
        }
    }

    static boolean isLostUpdate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t.getClass().getSimpleName().startsWith("StaleObjectState")) {
                return true;
            }
            // Two writers inserting the same key (the same next revision): a unique constraint refuses the second.
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
