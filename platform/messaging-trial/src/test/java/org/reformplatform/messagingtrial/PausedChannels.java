package org.reformplatform.messagingtrial;

/**
 * Resumes a channel that waits paused for its part of the test. An interface of this package so that
 * the application also builds and runs without the SmallRye extension ({@code -Dtrial.without-messaging}:
 * the start-up figure without it), when no bean implements it.
 */
public interface PausedChannels {

    void resume(String channel);
}
