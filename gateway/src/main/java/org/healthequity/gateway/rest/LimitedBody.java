package org.healthequity.gateway.rest;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body of unknown length (chunked) passed on to the service only up to a limit: past it, the stream fails,
 * so that the upstream request is abandoned and the caller gets a 413 instead of the service a truncated body.
 */
final class LimitedBody implements ReadStream<Buffer> {

    private final ReadStream<Buffer> source;
    private final long limit;
    private long received;
    private boolean exceeded;
    private Handler<Throwable> exceptionHandler;

    LimitedBody(ReadStream<Buffer> source, long limit) {
        this.source = source;
        this.limit = limit;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            return this;
        }
        source.handler(chunk -> {
            received += chunk.length();
            if (received > limit) {
                exceeded = true;
                source.handler(null);
                source.pause();
                if (exceptionHandler != null) {
                    exceptionHandler.handle(new IllegalStateException(problemDetail()));
                }
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    /** Whether the body grew past the limit, which is why forwarding it failed. */
    boolean exceeded() {
        return exceeded;
    }

    String problemDetail() {
        return "The request body is larger than the " + limit + " bytes this route accepts";
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        source.endHandler(endHandler);
        return this;
    }
}
