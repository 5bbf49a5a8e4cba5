package nl.schoolsupport.poortwachter.pupilcode;

import java.security.SecureRandom;
import java.util.List;

/**
 * Passwords a seven-year-old can read and type: two short Dutch words around three digits, lower case,
 * e.g. {@code tijger417boom}. Look-alike letters are not filtered out: the words
 * are real words, which children read as a whole. 200 words × 1000 × 200 ≈ 2^25 combinations; with the
 * per-account and per-client throttling an online guess is hopeless, and there is no offline attack
 * short of stealing Argon2id hashes.
 */
public final class ChildFriendlyPasswords {

    static final List<String> WORDS = List.of(
            "aap", "appel", "auto", "baas", "bal", "banaan", "beer", "beker", "berg", "bij", "bloem", "boek", "boer", "boom",
            "boot", "bos", "brood", "bus", "dak", "das", "deur", "dier", "dorp", "draak", "duif", "duim", "eend", "ei", "ezel",
            "fiets", "fluit", "gans", "geit", "gras", "haan", "haas", "hak", "hand", "hark", "hek", "hert", "hond", "hoed",
            "huis", "ijs", "jas", "jurk", "kaas", "kam", "kat", "kers", "kip", "klok", "koe", "koek", "kok", "kom", "konijn",
            "koning", "kool", "kous", "kraan", "kroon", "laars", "lamp", "leeuw", "lepel", "lucht", "maan", "mand", "mees",
            "melk", "mier", "mol", "mus", "muis", "mug", "neus", "noot", "oma", "opa", "oor", "paard", "pan", "pauw", "peer",
            "pen", "pet", "pijl", "pizza", "plant", "poes", "pop", "raam", "radijs", "raket", "regen", "ring", "rob", "roos",
            "room", "rups", "sap", "schip", "sjaal", "slak", "sneeuw", "sok", "soep", "spin", "ster", "stoel", "stok", "storm",
            "strik", "suiker", "tafel", "tak", "tas", "taart", "tent", "tijger", "tol", "tomaat", "toren", "trein", "trom",
            "tuin", "uil", "ui", "vaas", "valk", "vis", "vlag", "vlieg", "vlinder", "vloer", "vogel", "vos", "vuur", "wagen",
            "walvis", "wand", "water", "web", "wiel", "wind", "wol", "wolk", "worm", "worst", "zak", "zand", "zebra", "zee",
            "zeep", "zon", "zool", "zwaan", "kikker", "kano", "molen", "ridder", "fee", "reus", "heks", "kabouter", "robot",
            "piraat", "schat", "kasteel", "bloes", "dolfijn", "egel", "giraf", "panda", "pinguin", "otter", "lama", "koala",
            "mango", "citroen", "druif", "aardbei", "wortel", "paprika", "pompoen", "cactus", "tulp", "eikel", "schelp",
            "parel", "muts", "want", "trui", "broek", "fluweel", "ballon", "vlieger", "puzzel", "blok", "krijt", "gum",
            "liniaal", "schaar");

    private final SecureRandom random;

    public ChildFriendlyPasswords(SecureRandom random) {
        this.random = random;
    }

    public ChildFriendlyPasswords() {
        this(new SecureRandom());
    }

    public char[] next() {
        String word1 = WORDS.get(random.nextInt(WORDS.size()));
        String word2 = WORDS.get(random.nextInt(WORDS.size()));
        int digits = random.nextInt(1000);
        return (word1 + String.format("%03d", digits) + word2).toCharArray();
    }
}
