package org.reformplatform.messagingtrial;

/**
 * Resumes a channel that waits paused for its part of the test. An interface of this package so that
 * the application also builds and runs with the extension and the {@code smallrye} package taken out
 * (how its start-up without the extension was measured, docs/architecture.md), when no bean implements it.
 */
public interface PausedChannels {

    void resume(String channel);
}
