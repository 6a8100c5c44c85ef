package org.healthequity.common.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

/**
 * The other services' resources read while one request is served, in order. A resource read twice in the request is
 * answered the second time as it was the first (even a failure), so that what a composed answer was checked against
 * and what it was built from are the same, and a source that is down costs its timeout once.
 */
@RequestScoped
public class ReadLog {

    /** What a read of a resource gave: its body, or the failure to throw again. */
    record Outcome(SourceRead read, Object body, RuntimeException failure) {
    }

    private final Map<String, Outcome> outcomes = new HashMap<>();
    private final List<SourceRead> recorded = new ArrayList<>();

    /** Starts a fresh record of reads (the outcomes already known in this request are kept). */
    public void startRecording() {
        recorded.clear();
    }

    /** The reads since recording started, in order. */
    public List<SourceRead> recorded() {
        return List.copyOf(recorded);
    }

    /** The read of the resource in this request, if it was read. */
    public Optional<SourceRead> read(String resource) {
        return Optional.ofNullable(outcomes.get(resource)).map(Outcome::read);
    }

    Optional<Outcome> outcome(String resource) {
        Outcome outcome = outcomes.get(resource);
        if (outcome != null) {
            recorded.add(outcome.read());
        }
        return Optional.ofNullable(outcome);
    }

    void add(Outcome outcome) {
        outcomes.put(outcome.read().resource(), outcome);
        recorded.add(outcome.read());
    }
}
