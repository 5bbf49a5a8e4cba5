package nl.schoolsupport.poortwachter.saml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/toets", "/a/b?c=d&e=%2F", "/groep-5b/"})
    void localPaths(String path) {
        assertThat(ReturnPaths.isLocalPath(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "toets", "//evil.example", "/\\evil.example", "https://evil.example", "/a\\b", "/a b",
            "/a\tb", "/a/../b", "/./a", "/a#frag", "/%2F%2Fevil.example/../x", "javascript:alert(1)", "/\u0000"})
    void notLocal(String path) {
        assertThat(ReturnPaths.isLocalPath(path)).isFalse();
    }
}
