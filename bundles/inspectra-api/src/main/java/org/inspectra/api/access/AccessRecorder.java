package org.inspectra.api.access;

/**
 * Records reads of children's data. Recording never slows the read much nor fails it: records are written to storage
 * in batches, off the reading thread.
 */
@org.osgi.annotation.versioning.ProviderType
public interface AccessRecorder {

    void record(DataAccess access);
}
