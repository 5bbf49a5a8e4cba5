package nl.schoolsupport.poortwachter.pupilcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.schoolsupport.poortwachter.account.PersonName;

class UsernamesTest {

    @Test
    void usernamesAreTypeableAscii() {
        assertThat(Usernames.base(PersonName.of("Zoë", "", "Çelik"))).isEqualTo("zoe.celik");
        assertThat(Usernames.base(PersonName.of("Daan", "van der", "Berg"))).isEqualTo("daan.vanderberg");
        assertThat(Usernames.base(PersonName.of("Işıl", "", "Yılmaz"))).isEqualTo("isil.yilmaz");
        assertThat(Usernames.base(PersonName.of("", "", ""))).isEqualTo("leerling");
        assertThat(Usernames.candidate("zoe.celik", 2)).isEqualTo("zoe.celik2");
    }

    @Test
    void childFriendlyPasswordsAreWordsAndDigitsAndVary() {
        ChildFriendlyPasswords passwords = new ChildFriendlyPasswords(new SecureRandom());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String p = new String(passwords.next());
            assertThat(p).matches("[a-z]+[0-9]{3}[a-z]+");
            seen.add(p);
        }
        assertThat(seen).hasSizeGreaterThan(195);
        assertThat(ChildFriendlyPasswords.WORDS).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(200);
    }
}
