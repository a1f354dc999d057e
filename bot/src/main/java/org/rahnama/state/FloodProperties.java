package org.rahnama.state;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxMessages messages one person may send per window before the bot says "slow down"
 *                    ({@code rahnama.flood.max-messages})
 * @param window      the window ({@code rahnama.flood.window})
 */
@ConfigurationProperties("rahnama.flood")
public record FloodProperties(@DefaultValue("20") int maxMessages, @DefaultValue("1m") Duration window) {
}
