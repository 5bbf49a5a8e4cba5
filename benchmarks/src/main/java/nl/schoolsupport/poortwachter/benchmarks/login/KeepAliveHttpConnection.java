package nl.schoolsupport.poortwachter.benchmarks.login;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One blocking HTTP/1.1 connection with keep-alive, for the closed-loop clients of {@link PupilLoginLoad}. The
 * load client shares the machine's 2 cores with the server it measures; the JDK's asynchronous {@code HttpClient}
 * costs about 1 ms of CPU per login (two requests), this about a tenth of that, so more of the machine is left to
 * what is being measured. It speaks plain HTTP/1.1: Content-Length and chunked bodies, reconnects when the
 * server closes.
 */
final class KeepAliveHttpConnection implements Closeable {

    record Response(int status, List<String> setCookies, String body) {
    }

    private final InetSocketAddress address;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeepAliveHttpConnection(String host, int port) {
        this.address = new InetSocketAddress(host, port);
    }

    Response get(String path) throws IOException {
        return exchange("GET " + path + " HTTP/1.1\r\nHost: " + hostHeader() + "\r\n\r\n", null);
    }

    Response postForm(String path, String cookie, String form) throws IOException {
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + hostHeader() + "\r\nCookie: " + cookie
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n\r\n";
        return exchange(head, body);
    }

    private Response exchange(String head, byte[] body) throws IOException {
        boolean fresh = socket == null;
        try {
            return send(head, body);
        } catch (IOException e) {
            close();
            if (fresh) {
                throw e;
            }
            return send(head, body); // the server closed an idle keep-alive connection: one retry on a new one
        }
    }

    private Response send(String head, byte[] body) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(address, 10_000);
            socket.setSoTimeout(60_000);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        if (body == null) {
            out.write(headBytes);
        } else {
            byte[] request = new byte[headBytes.length + body.length];
            System.arraycopy(headBytes, 0, request, 0, headBytes.length);
            System.arraycopy(body, 0, request, headBytes.length, body.length);
            out.write(request);
        }
        out.flush();
        return readResponse();
    }

    private Response readResponse() throws IOException {
        String statusLine = readLine();
        int status = Integer.parseInt(statusLine.substring(9, 12));
        List<String> setCookies = new ArrayList<>();
        long contentLength = -1;
        boolean chunked = false;
        boolean closeAfter = false;
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            switch (name) {
                case "set-cookie" -> setCookies.add(value);
                case "content-length" -> contentLength = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closeAfter = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(chunked || contentLength < 0 ? 8192 : (int) contentLength);
        if (chunked) {
            for (long size = Long.parseLong(readLine().split(";")[0].trim(), 16); size > 0;
                    size = Long.parseLong(readLine().split(";")[0].trim(), 16)) {
                copy(size, body);
                readLine();
            }
            while (!readLine().isEmpty()) { // trailers
            }
        } else if (contentLength >= 0) {
            copy(contentLength, body);
        } else {
            in.transferTo(body);
            closeAfter = true;
        }
        if (closeAfter) {
            close();
        }
        return new Response(status, setCookies, body.toString(StandardCharsets.UTF_8));
    }

    private void copy(long length, ByteArrayOutputStream to) throws IOException {
        byte[] buffer = new byte[8192];
        for (long left = length; left > 0;) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new EOFException("connection closed inside a response body");
            }
            to.write(buffer, 0, read);
            left -= read;
        }
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private String hostHeader() {
        return address.getHostString() + ":" + address.getPort();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection we no longer use
            }
            socket = null;
        }
    }
}
