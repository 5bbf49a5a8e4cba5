package nl.schoolsupport.poortwachter.app.web;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServletRequest;

import com.google.common.net.InetAddresses;

import nl.schoolsupport.poortwachter.app.config.AppConfig;
import nl.schoolsupport.poortwachter.error.ConfigurationException;

/**
 * The address a request really comes from, for throttling. Behind a reverse proxy every request shows the
 * proxy's address, which would make one throttle counter for all schools; so {@code X-Forwarded-For} is read,
 * but only when the request comes from a proxy listed in {@code http.trusted-proxies}, and only its right-most
 * entry that is not itself a trusted proxy (everything left of that can be written by the client).
 */
@Singleton
public final class ClientAddresses {

    public static final String KEY = "http.trusted-proxies";

    private final Set<String> trustedProxies;

    @Inject
    public ClientAddresses(AppConfig config) {
        this(config.settings().get(KEY).map(ClientAddresses::parse).orElse(Set.of()));
    }

    ClientAddresses(Set<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    static Set<String> parse(String list) {
        Set<String> addresses = new java.util.HashSet<>();
        for (String part : list.split(",")) {
            String address = part.strip();
            if (address.isEmpty()) {
                continue;
            }
            if (!InetAddresses.isInetAddress(address)) {
                throw new ConfigurationException(KEY, "expected IP addresses separated by commas, got '" + address + "'");
            }
            addresses.add(InetAddresses.toAddrString(InetAddresses.forString(address)));
        }
        return addresses;
    }

    public String of(HttpServletRequest request) {
        String remote = normalised(request.getRemoteAddr());
        if (!trustedProxies.contains(remote)) {
            return remote;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null) {
            return remote;
        }
        List<String> hops = List.of(forwarded.split(","));
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i).strip();
            if (!InetAddresses.isInetAddress(hop)) {
                return remote;
            }
            String address = normalised(hop);
            if (!trustedProxies.contains(address)) {
                return address;
            }
        }
        return remote;
    }

    private static String normalised(String address) {
        return address != null && InetAddresses.isInetAddress(address) ? InetAddresses.toAddrString(InetAddresses.forString(address))
                : String.valueOf(address);
    }
}
