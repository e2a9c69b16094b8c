package org.reformplatform.eventsourcing;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.SocketFactory;

/**
 * pgjdbc's {@code socketFactory} for the kernel's tests: sockets that pass everything through,
 * except on a thread a test has armed, where the connection breaks the way a restarting database or
 * a dropped proxy breaks it.
 *
 * <ul>
 * <li>{@link Fault#BEFORE_SENDING}: the next write breaks the connection; the server never sees it
 * (a COMMIT so broken rolls back).
 * <li>{@link Fault#AFTER_SENDING}: the next write reaches the server, and the connection breaks
 * before its answer is read (a COMMIT so broken has committed, and the client cannot know).
 * </ul>
 *
 * Besides, {@link #unreachableFor} makes every connection of the thread fail for a while, as a
 * database that is away.
 */
public class BrokenConnections extends SocketFactory {

    public enum Fault {
        BEFORE_SENDING, AFTER_SENDING
    }

    /**
     * pgjdbc loads this class in the driver's class loader, the test in Quarkus': two copies, two sets
     * of statics. The state both see lives in JDK types, in the system properties.
     */
    @SuppressWarnings("unchecked")
    private static final Map<String, Object> STATE = (Map<String, Object>) System.getProperties()
            .computeIfAbsent(BrokenConnections.class.getName(), k -> new ConcurrentHashMap<String, Object>());

    /** The next write on this thread breaks its connection, before or after it reaches the server. */
    public static void arm(Fault fault) {
        STATE.put(key("armed"), fault.name());
    }

    /** Every read and write of this thread fails for the next {@code millis}, after the armed fault if any. */
    public static void unreachableFor(long millis) {
        STATE.put(key("unreachable-until"), System.currentTimeMillis() + millis);
    }

    public static void disarm() {
        STATE.remove(key("armed"));
        STATE.remove(key("unreachable-until"));
    }

    /** How many connections were broken on purpose so far: shows a test that its fault happened. */
    public static int broken() {
        return counter().get();
    }

    private static String key(String what) {
        return what + " " + Thread.currentThread().getId();
    }

    private static AtomicInteger counter() {
        return (AtomicInteger) STATE.computeIfAbsent("broken", k -> new AtomicInteger());
    }

    /** The fault armed on this thread, taken: it fires once. */
    private static Fault takeArmed() {
        Object armed = STATE.remove(key("armed"));
        return armed == null ? null : Fault.valueOf((String) armed);
    }

    @Override
    public Socket createSocket() {
        return new Breakable();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        Socket socket = new Breakable();
        socket.connect(new java.net.InetSocketAddress(host, port));
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return createSocket(host.getHostAddress(), port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return createSocket(address.getHostAddress(), port);
    }

    private static boolean unreachable() {
        Object until = STATE.get(key("unreachable-until"));
        return until != null && System.currentTimeMillis() < (Long) until;
    }

    private static final class Breakable extends Socket {

        private volatile boolean breakOnRead;
        private InputStream in;
        private OutputStream out;

        private SocketException breakNow(String how) throws SocketException {
            counter().incrementAndGet();
            try {
                close();
            } catch (IOException ignored) {
                // closing is the point; a failure to close changes nothing
            }
            return new SocketException("connection broken by the test (" + how + ")");
        }

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (in == null) {
                in = new FilterInputStream(super.getInputStream()) {
                    @Override
                    public int read() throws IOException {
                        checkRead();
                        return super.read();
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        checkRead();
                        return super.read(b, off, len);
                    }
                };
            }
            return in;
        }

        @Override
        public synchronized OutputStream getOutputStream() throws IOException {
            if (out == null) {
                OutputStream socket = super.getOutputStream();
                out = new FilterOutputStream(socket) {
                    @Override
                    public void write(int b) throws IOException {
                        checkWrite();
                        socket.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        checkWrite();
                        socket.write(b, off, len);
                    }

                    @Override
                    public void flush() throws IOException {
                        socket.flush();
                    }
                };
            }
            return out;
        }

        private void checkWrite() throws SocketException {
            Fault fault = takeArmed();
            if (fault == Fault.BEFORE_SENDING) {
                throw breakNow("before the server had the message");
            }
            if (fault == Fault.AFTER_SENDING) {
                breakOnRead = true;
                return;
            }
            if (unreachable()) {
                throw breakNow("database unreachable");
            }
        }

        private void checkRead() throws SocketException {
            if (breakOnRead) {
                breakOnRead = false;
                // Give the server the time to act on what it was sent, as it would before a real break.
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw breakNow("after the server had the message");
            }
            if (unreachable()) {
                throw breakNow("database unreachable");
            }
        }
    }
}
