package org.reformplatform.systemtests.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 request written to a socket exactly as given, for request targets that
 * {@code java.net.http} refuses to send because they are not URIs ({@code /v1/ventures/%zz}):
 * without it a suite would skip them, and never see how the services answer them.
 */
final class SocketRequest {

    private static final byte[] HEAD_END = {'\r', '\n', '\r', '\n'};
    private static final byte[] LINE_END = {'\r', '\n'};

    private SocketRequest() {
    }

    /** Sends it; {@code url} is {@code http://host:port} followed by the target as it goes on the wire. */
    static RawHttp.Answer send(String method, String url, Map<String, String> headers, byte[] body, Duration timeout) {
        long started = System.nanoTime();
        if (!url.startsWith("http://")) {
            return new RawHttp.Answer(-1, Map.of(), "", 0, "not sendable: only http:// targets are written to a socket");
        }
        int slash = url.indexOf('/', "http://".length());
        String authority = url.substring("http://".length(), slash < 0 ? url.length() : slash);
        String target = slash < 0 ? "/" : url.substring(slash);
        int colon = authority.lastIndexOf(':');
        String host = colon < 0 ? authority : authority.substring(0, colon);
        int port = colon < 0 ? 80 : Integer.parseInt(authority.substring(colon + 1));

        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(authority).append("\r\nConnection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout((int) timeout.toMillis());
            socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                socket.getOutputStream().write(body);
            }
            socket.getOutputStream().flush();
            return parse(socket.getInputStream(), started);
        } catch (SocketTimeoutException e) {
            return new RawHttp.Answer(0, Map.of(), "", (System.nanoTime() - started) / 1_000_000, "no answer within " + timeout);
        } catch (IOException | RuntimeException e) {
            return new RawHttp.Answer(0, Map.of(), "", (System.nanoTime() - started) / 1_000_000, "connection failed: " + e);
        }
    }

    private static RawHttp.Answer parse(InputStream in, long startedNanos) throws IOException {
        byte[] raw = in.readAllBytes();
        long millis = (System.nanoTime() - startedNanos) / 1_000_000;
        int end = indexOf(raw, HEAD_END, 0);
        if (end < 0) {
            return new RawHttp.Answer(0, Map.of(), "", millis, "connection closed before a complete answer (" + raw.length + " bytes)");
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim(), (a, b) -> a + "," + b);
        }
        byte[] body = Arrays.copyOfRange(raw, end + HEAD_END.length, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new RawHttp.Answer(status, headers, new String(body, StandardCharsets.UTF_8), millis, null);
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = indexOf(chunked, LINE_END, at);
            int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(chunked, lineEnd + LINE_END.length, size);
            at = lineEnd + LINE_END.length + size + LINE_END.length;
        }
    }

    private static int indexOf(byte[] bytes, byte[] sought, int from) {
        for (int i = from; i <= bytes.length - sought.length; i++) {
            if (Arrays.equals(bytes, i, i + sought.length, sought, 0, sought.length)) {
                return i;
            }
        }
        return -1;
    }
}
