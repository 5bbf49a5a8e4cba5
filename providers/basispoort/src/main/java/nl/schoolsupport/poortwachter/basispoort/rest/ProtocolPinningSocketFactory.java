package nl.schoolsupport.poortwachter.basispoort.rest;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;

import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Offers only the configured TLS versions on every socket, whatever the JDK's defaults are, and remembers per thread
 * whether the handshake of the socket it made last has completed: a server that refuses a client certificate often
 * just hangs up, which reaches the client as a plain "broken pipe" or "connection reset" instead of a TLS error.
 */
final class ProtocolPinningSocketFactory extends SSLSocketFactory {

    /** The handshake state of the connection a thread opened last. */
    static final class Handshake {
        volatile boolean completed;
    }

    private final SSLSocketFactory delegate;
    private final String[] protocols;
    private final ThreadLocal<Handshake> lastOpened = new ThreadLocal<>();

    /** Forget the last connection of this thread (call before each request: a reused connection opens none). */
    void clear() {
        lastOpened.remove();
    }

    /** Whether this thread opened a connection since {@link #clear()} whose TLS handshake has not completed. */
    boolean handshakeUnfinished() {
        Handshake h = lastOpened.get();
        return h != null && !h.completed;
    }

    ProtocolPinningSocketFactory(SSLSocketFactory delegate, List<String> protocols) {
        this.delegate = delegate;
        this.protocols = protocols.toArray(new String[0]);
    }

    private Socket pin(Socket socket) {
        if (socket instanceof SSLSocket ssl) {
            String[] supported = ssl.getSupportedProtocols();
            ssl.setEnabledProtocols(Arrays.stream(protocols).filter(p -> Arrays.asList(supported).contains(p))
                    .toArray(String[]::new));
            Handshake handshake = new Handshake();
            ssl.addHandshakeCompletedListener(event -> handshake.completed = true);
            lastOpened.set(handshake);
        }
        return socket;
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate.getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
        return pin(delegate.createSocket(s, host, port, autoClose));
    }

    @Override
    public Socket createSocket() throws IOException {
        return pin(delegate.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return pin(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return pin(delegate.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return pin(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return pin(delegate.createSocket(address, port, localAddress, localPort));
    }
}
