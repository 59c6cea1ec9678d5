package io.seatkeeper.it;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/** Requests sent at the same moment, each from a thread of its own, and what they got. */
final class Race {

    private Race() {
    }

    /**
     * Starts all the requests together (every thread waits until the last one is ready)
     * and counts their outcomes.
     */
    static <T> Map<T, Long> run(List<Callable<T>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        CyclicBarrier start = new CyclicBarrier(requests.size());
        try {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> request : requests) {
                running.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            List<T> outcomes = new ArrayList<>();
            for (Future<T> outcome : running) {
                outcomes.add(outcome.get());
            }
            return outcomes.stream()
                    .collect(Collectors.groupingBy(outcome -> outcome, Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }

    /** The status of a SCIM response, followed by its {@code scimType} when it has one. */
    static String outcome(Response response) {
        String scimType = response.statusCode() >= 400
                ? response.jsonPath().getString("scimType") : null;
        return scimType == null ? String.valueOf(response.statusCode())
                : response.statusCode() + " " + scimType;
    }
}
