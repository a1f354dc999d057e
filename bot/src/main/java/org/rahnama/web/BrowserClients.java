package org.rahnama.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.rahnama.state.SessionProperties;
import org.rahnama.state.UserKeys;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Who a browser is: a random id in a cookie, the web's user id (hashed like a Telegram id before anything is stored,
 * so the same session store and flood guard apply), and the CSRF token of its forms. The token is an HMAC of that id
 * under the session salt: another site can make the browser post, but cannot read the token it would need.
 */
@Component
class BrowserClients {

    static final String COOKIE = "rahnama_web";
    static final String CSRF_FIELD = "_csrf";
    private static final String CSRF_CHANNEL = "web-csrf";

    private final UserKeys userKeys;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    BrowserClients(UserKeys userKeys, SessionProperties sessions) {
        this.userKeys = userKeys;
        this.lifetime = sessions.ttl();
    }

    /** The browser's id, or a new one set as a cookie on the response. */
    String id(HttpServletRequest request, HttpServletResponse response) {
        String known = known(request);
        if (known != null) {
            return known;
        }
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ResponseCookie cookie = ResponseCookie.from(COOKIE, id).httpOnly(true).secure(request.isSecure()).sameSite("Strict")
                .path("/").maxAge(lifetime).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        return id;
    }

    /** The id a browser sent, or null. */
    String known(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue().matches("[A-Za-z0-9_-]{24}")) {
                return cookie.getValue();
            }
        }
        return null;
    }

    String csrfToken(String id) {
        return userKeys.of(CSRF_CHANNEL, id).value();
    }

    /** Whether a post comes from one of our pages in this browser. */
    boolean trusted(HttpServletRequest request) {
        String id = known(request);
        String token = request.getParameter(CSRF_FIELD);
        return id != null && token != null && MessageDigest.isEqual(
                csrfToken(id).getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
    }
}
