package io.seatkeeper.scim.filter;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** How long the filter parser takes for the PATCH paths IdPs send most. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PatchPathBenchmark {

    /** Entra's path for a work e-mail. */
    @Benchmark
    public PatchPath emailPath() {
        return FilterParser.parsePath("emails[type eq \"work\"].value");
    }

    /** Okta's and Entra's path for removing one member from a group. */
    @Benchmark
    public PatchPath memberPath() {
        return FilterParser.parsePath(
                "members[value eq \"2819c223-7f76-453a-919d-413861904646\"]");
    }
}
