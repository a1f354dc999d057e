package org.rahnama.state;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param ttl how long a ticket stays open without being closed ({@code rahnama.handoff.ticket-ttl})
 */
@ConfigurationProperties("rahnama.handoff")
public record TicketProperties(@DefaultValue("14d") Duration ticketTtl) {
}
