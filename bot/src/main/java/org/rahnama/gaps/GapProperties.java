package org.rahnama.gaps;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param folder    where the counts and the consented questions are written when Redis is not configured
 *                  ({@code rahnama.gaps.folder}, {@code RAHNAMA_GAPS_FOLDER})
 * @param retention how long a consented question is kept ({@code rahnama.gaps.retention})
 */
@ConfigurationProperties("rahnama.gaps")
public record GapProperties(@DefaultValue("data") String folder, @DefaultValue("90d") Duration retention) {
}
