package io.seatkeeper.scim.filter;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** How long the filter parser takes for the filters and PATCH paths IdPs send most. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FilterParserBenchmark {

    /** Okta's check before a create, and a filter with every kind of node. */
    @Param({
        "userName eq \"ada.lovelace@example.com\"",
        "emails[type eq \"work\" and value co \"@example.com\"] or (title pr and"
                + " meta.lastModified gt \"2024-01-01T00:00:00Z\" and not (active eq false))"
    })
    public String filter;

    @Benchmark
    public Filter parseFilter() {
        return FilterParser.parse(filter);
    }
}
