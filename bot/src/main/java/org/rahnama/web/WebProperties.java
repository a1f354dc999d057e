package org.rahnama.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The web pages' settings.
 *
 * @param maintainerToken {@code rahnama.web.maintainer-token}: the password of the maintainers' pages under
 *                        {@code /kb} (HTTP basic auth, any user name, or {@code Authorization: Bearer}); when unset
 *                        those pages are not served at all
 */
@ConfigurationProperties("rahnama.web")
record WebProperties(String maintainerToken) {

    boolean maintainersEnabled() {
        return maintainerToken != null && !maintainerToken.isBlank();
    }
}
