package org.inspectra.childdata.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.inspectra.api.access.DataAccess;
import org.inspectra.api.error.ForbiddenException;
import org.inspectra.api.inspection.InspectionService;
import org.inspectra.api.page.Page;
import org.inspectra.api.page.PageRequest;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.AccessLogStore;
import org.junit.jupiter.api.Test;

/** Reads recorded off the reading thread, every one of them written, and read back in pages by administrators. */
class BatchingAccessRecorderTest {

    private static final Caller ADMIN = new Caller("admin", Set.of("admin"));

    private final List<DataAccess> stored = new ArrayList<>();
    private final List<Integer> batches = new ArrayList<>();

    @Test
    void everyReadIsWrittenInOrderAndPagedByCursor() throws InterruptedException {
        BatchingAccessRecorder recorder = new BatchingAccessRecorder(store(), inspections());
        Instant at = Instant.parse("2025-09-01T10:00:00Z");
        for (int i = 0; i < 1_203; i++) {
            recorder.record(new DataAccess(at.plusMillis(i), "lead", "i-1", DataAccess.Kind.CHRONOLOGY, "C" + i));
        }
        Page<DataAccess> first = recorder.inspection("i-1", PageRequest.first(500), ADMIN);
        assertThat(first.items()).hasSize(500);
        assertThat(first.items().get(0).subject()).isEqualTo("C0");
        Page<DataAccess> second = recorder.inspection("i-1", new PageRequest(500, first.next()), ADMIN);
        Page<DataAccess> third = recorder.inspection("i-1", new PageRequest(500, second.next()), ADMIN);
        assertThat(third.items()).hasSize(203);
        assertThat(third.items().get(202).subject()).isEqualTo("C1202");
        assertThat(third.next()).isNull();
        assertThat(batches).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(BatchingAccessRecorder.BATCH));
        recorder.stop();
    }

    @Test
    void onlyAdministratorsReadIt() throws InterruptedException {
        BatchingAccessRecorder recorder = new BatchingAccessRecorder(store(), inspections());
        assertThatThrownBy(() -> recorder.inspection("i-1", PageRequest.first(10), new Caller("lead",
                Set.of("lead-inspector")))).isInstanceOf(ForbiddenException.class);
        recorder.stop();
    }

    private AccessLogStore store() {
        return new AccessLogStore() {
            @Override
            public synchronized void append(List<DataAccess> records) {
                batches.add(records.size());
                stored.addAll(records);
            }

            /** The cursor is the position of the page's last record. */
            @Override
            public synchronized Page<DataAccess> page(String inspectionId, PageRequest page) {
                int from = page.cursor() == null ? 0 : Integer.parseInt(page.cursor());
                List<DataAccess> mine = stored.stream().filter(a -> a.inspectionId().equals(inspectionId)).toList();
                int to = Math.min(mine.size(), from + page.limit());
                return new Page<>(mine.subList(from, to), to < mine.size() ? String.valueOf(to) : null);
            }
        };
    }

    private static InspectionService inspections() {
        return (InspectionService) Proxy.newProxyInstance(InspectionService.class.getClassLoader(),
                new Class<?>[] {InspectionService.class}, (proxy, method, args) -> null);
    }
}
