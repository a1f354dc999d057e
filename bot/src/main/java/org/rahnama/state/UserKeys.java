package org.rahnama.state;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hashes channel user ids (a Telegram id, a terminal session) with HMAC-SHA-256 and a secret salt, so that
 * neither the store nor the logs hold an id that points back to a person.
 */
@Component
public class UserKeys {

    private static final Logger log = LoggerFactory.getLogger(UserKeys.class);

    private final SecretKeySpec key;

    public UserKeys(SessionProperties properties) {
        byte[] salt;
        if (properties.salt() == null || properties.salt().isBlank()) {
            salt = new byte[32];
            new SecureRandom().nextBytes(salt);
            log.info("No rahnama.session.salt set: a random salt is used, so state does not survive a restart");
        } else {
            salt = properties.salt().getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(salt, "HmacSHA256");
    }

    public UserKey of(String channel, String userId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal((channel + ":" + userId).getBytes(StandardCharsets.UTF_8));
            return new UserKey(HexFormat.of().formatHex(digest, 0, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
