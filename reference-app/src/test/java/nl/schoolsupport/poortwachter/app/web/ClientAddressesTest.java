package nl.schoolsupport.poortwachter.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.error.ConfigurationException;

class ClientAddressesTest {

    private static HttpServletRequest request(String remote, String forwardedFor) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> remote;
                    case "getHeader" -> "X-Forwarded-For".equals(args[0]) ? forwardedFor : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private final ClientAddresses behindProxy = new ClientAddresses(ClientAddresses.parse("10.0.0.5, 10.0.0.6"));

    @Test
    void withoutTrustedProxiesTheForwardedHeaderIsIgnored() {
        assertThat(new ClientAddresses(Set.of()).of(request("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void behindATrustedProxyTheRightmostUntrustedHopCounts() {
        assertThat(behindProxy.of(request("10.0.0.5", "198.51.100.1"))).isEqualTo("198.51.100.1");
        assertThat(behindProxy.of(request("10.0.0.5", "1.2.3.4, 198.51.100.1, 10.0.0.6"))).as("spoofed left part ignored")
                .isEqualTo("198.51.100.1");
        assertThat(behindProxy.of(request("10.0.0.5", null))).isEqualTo("10.0.0.5");
        assertThat(behindProxy.of(request("10.0.0.5", "not-an-address"))).isEqualTo("10.0.0.5");
    }

    @Test
    void aClientCannotClaimAnAddressByHeaderWhenNotBehindTheProxy() {
        assertThat(behindProxy.of(request("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
    }

    @Test
    void invalidConfigurationNamesTheKey() {
        assertThatThrownBy(() -> ClientAddresses.parse("proxy.example.nl")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("http.trusted-proxies");
    }
}
