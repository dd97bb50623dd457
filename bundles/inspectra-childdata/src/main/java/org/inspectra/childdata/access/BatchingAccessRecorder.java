package org.inspectra.childdata.access;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.inspectra.api.access.AccessLogService;
import org.inspectra.api.access.AccessRecorder;
import org.inspectra.api.access.DataAccess;
import org.inspectra.api.error.ForbiddenException;
import org.inspectra.api.inspection.InspectionService;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.AccessLogStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records reads of children's data without holding the read up: a read puts its record on a queue and returns; one
 * writer thread appends what has queued, a batch per transaction, at most {@link #WAIT_MILLIS} after it queued. Where
 * the queue is full (storage slower than reads for long) the read writes its own record, so none is dropped. Reading
 * the log first writes what is queued, so an administrator sees every read made before. On deactivation the queue is
 * written out.
 */
@Component(service = {AccessRecorder.class, AccessLogService.class})
public final class BatchingAccessRecorder implements AccessRecorder, AccessLogService {

    private static final Logger LOG = LoggerFactory.getLogger(BatchingAccessRecorder.class);

    static final int CAPACITY = 10_000;
    static final int BATCH = 500;
    static final long WAIT_MILLIS = 200;

    private final AccessLogStore store;
    private final InspectionService inspections;
    private final BlockingQueue<DataAccess> queue = new LinkedBlockingQueue<>(CAPACITY);
    /**
     * Keeps batches in the order their records were queued: records leave the queue only under it. Fair, since the
     * writer takes it again at once each time it waits for records: a flush asked for meanwhile gets it next.
     */
    private final ReentrantLock writing = new ReentrantLock(true);
    private final Thread writer;
    private volatile boolean running = true;

    @Activate
    public BatchingAccessRecorder(@Reference AccessLogStore store, @Reference InspectionService inspections) {
        this.store = store;
        this.inspections = inspections;
        this.writer = new Thread(this::writeQueued, "inspectra-access-log");
        writer.setDaemon(true);
        writer.start();
    }

    @Deactivate
    void stop() throws InterruptedException {
        running = false;
        writer.interrupt();
        writer.join(5_000);
        flush();
    }

    @Override
    public void record(DataAccess access) {
        if (!queue.offer(access)) {
            writing.lock();
            try {
                flush();
                store.append(List.of(access));
            } finally {
                writing.unlock();
            }
        }
    }

    private void writeQueued() {
        while (running) {
            try {
                // The first record is taken under the lock too: taken before it, a flush could write the records
                // queued after it first.
                writing.lockInterruptibly();
                try {
                    DataAccess first = queue.poll(WAIT_MILLIS, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    List<DataAccess> batch = new ArrayList<>();
                    batch.add(first);
                    queue.drainTo(batch, BATCH - 1);
                    append(batch);
                    flush();
                } finally {
                    writing.unlock();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("The access log could not be written; retrying in a second", e);
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Writes everything queued, in batches. */
    void flush() {
        writing.lock();
        try {
            List<DataAccess> batch = new ArrayList<>();
            while (queue.drainTo(batch, BATCH) > 0) {
                append(batch);
                batch = new ArrayList<>();
            }
        } finally {
            writing.unlock();
        }
    }

    /** Appends a batch; where storage refuses it, the records go back on the queue for the next attempt. */
    private void append(List<DataAccess> batch) {
        try {
            store.append(batch);
        } catch (RuntimeException e) {
            int kept = 0;
            for (DataAccess access : batch) {
                if (queue.offer(access)) {
                    kept++;
                }
            }
            LOG.error("{} access records could not be written ({} queued again)", batch.size(), kept);
            throw e;
        }
    }

    @Override
    public Page<DataAccess> inspection(String inspectionId, PageRequest page, Caller caller) {
        inspections.readable(inspectionId, caller);
        if (!caller.isAdmin()) {
            throw new ForbiddenException("Only administrators read who read children's data");
        }
        flush();
        return store.page(inspectionId, page);
    }
}
