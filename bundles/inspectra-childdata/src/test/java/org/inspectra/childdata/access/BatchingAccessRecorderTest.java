package org.inspectra.childdata.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.inspectra.api.access.AccessPage;
import org.inspectra.api.access.DataAccess;
import org.inspectra.api.error.ForbiddenException;
import org.inspectra.api.error.InvalidInputException;
import org.inspectra.api.inspection.InspectionService;
import org.inspectra.api.security.Caller;
import org.inspectra.api.store.AccessLogStore;
import org.junit.jupiter.api.Test;

/** Reads recorded off the reading thread, every one of them written, and read back in pages by administrators. */
class BatchingAccessRecorderTest {

    private static final Caller ADMIN = new Caller("admin", Set.of("admin"));

    private final List<AccessLogStore.Stored> stored = new ArrayList<>();
    private final List<Integer> batches = new ArrayList<>();

    @Test
    void everyReadIsWrittenInOrderAndPagedByCursor() throws InterruptedException {
        BatchingAccessRecorder recorder = new BatchingAccessRecorder(store(), inspections());
        Instant at = Instant.parse("2025-09-01T10:00:00Z");
        for (int i = 0; i < 1_203; i++) {
            recorder.record(new DataAccess(at.plusMillis(i), "lead", "i-1", DataAccess.Kind.CHRONOLOGY, "C" + i));
        }
        AccessPage first = recorder.inspection("i-1", 500, null, ADMIN);
        assertThat(first.records()).hasSize(500);
        assertThat(first.records().get(0).subject()).isEqualTo("C0");
        AccessPage second = recorder.inspection("i-1", 500, first.nextCursor(), ADMIN);
        AccessPage third = recorder.inspection("i-1", 500, second.nextCursor(), ADMIN);
        assertThat(third.records()).hasSize(203);
        assertThat(third.records().get(202).subject()).isEqualTo("C1202");
        assertThat(third.nextCursor()).isNull();
        assertThat(batches).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(BatchingAccessRecorder.BATCH));
        recorder.stop();
    }

    @Test
    void onlyAdministratorsReadItWithinTheLimits() throws InterruptedException {
        BatchingAccessRecorder recorder = new BatchingAccessRecorder(store(), inspections());
        assertThatThrownBy(() -> recorder.inspection("i-1", 10, null, new Caller("lead", Set.of("lead-inspector"))))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> recorder.inspection("i-1", 501, null, ADMIN))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> recorder.inspection("i-1", 10, "abc", ADMIN))
                .isInstanceOf(InvalidInputException.class);
        recorder.stop();
    }

    private AccessLogStore store() {
        return new AccessLogStore() {
            @Override
            public synchronized void append(List<DataAccess> records) {
                batches.add(records.size());
                records.forEach(r -> stored.add(new Stored(stored.size() + 1, r)));
            }

            @Override
            public synchronized List<Stored> page(String inspectionId, long afterPosition, int limit) {
                return stored.stream().filter(s -> s.access().inspectionId().equals(inspectionId)
                        && s.position() > afterPosition).limit(limit).toList();
            }
        };
    }

    private static InspectionService inspections() {
        return (InspectionService) Proxy.newProxyInstance(InspectionService.class.getClassLoader(),
                new Class<?>[] {InspectionService.class}, (proxy, method, args) -> null);
    }
}
