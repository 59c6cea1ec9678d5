package io.seatkeeper.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/** Sends requests all at once, a thread each, and counts the statuses they got. */
final class Racing {

    private Racing() {
    }

    static Map<Integer, Long> statuses(List<Callable<Integer>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(requests)) {
                statuses.add(status.get());
            }
            return statuses.stream()
                    .collect(Collectors.groupingBy(status -> status, Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }
}
