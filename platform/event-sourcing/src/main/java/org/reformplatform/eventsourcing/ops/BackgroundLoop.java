package org.reformplatform.eventsourcing.ops;

/**
 * A daemon thread that runs a service's background loop (the outbox relay's, the deadline
 * dispatcher's) until stopped: the loop checks {@link #running()} and sleeps interruptibly, and
 * {@link #stop()} interrupts it and waits for it to finish what it was doing.
 */
public final class BackgroundLoop {

    private final String name;
    private final Runnable body;
    private volatile boolean running;
    private Thread thread;

    public BackgroundLoop(String name, Runnable body) {
        this.name = name;
        this.body = body;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    public boolean running() {
        return running;
    }
}
