package org.rahnama.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Only maintainers see {@code /kb}: the token of {@code rahnama.web.maintainer-token} as the password of HTTP basic
 * auth (any user name, so a browser's own login prompt works) or as {@code Authorization: Bearer TOKEN}. Without
 * the property neither this nor the pages exist.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "rahnama.web", name = "maintainer-token")
class MaintainerAccess implements WebMvcConfigurer, HandlerInterceptor {

    private final byte[] token;

    MaintainerAccess(WebProperties properties) {
        this.token = properties.maintainerToken().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/kb", "/kb/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (token.length > 0 && MessageDigest.isEqual(token, presented(request.getHeader("Authorization")))) {
            return true;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"Rahnama maintainers\", charset=\"UTF-8\"");
        return false;
    }

    private static byte[] presented(String header) {
        if (header == null) {
            return new byte[0];
        }
        if (header.startsWith("Bearer ")) {
            return header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        }
        if (header.startsWith("Basic ")) {
            try {
                String pair = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                return pair.substring(pair.indexOf(':') + 1).getBytes(StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return new byte[0];
            }
        }
        return new byte[0];
    }
}
