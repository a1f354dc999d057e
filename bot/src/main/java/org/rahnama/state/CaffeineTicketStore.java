package org.rahnama.state;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.rahnama.language.Language;

/** Tickets in this process: the embedded default, and the fallback while Redis is away. */
final class CaffeineTicketStore implements TicketStore {

    private final Cache<Long, Ticket> tickets;
    private final AtomicLong numbers;

    /** @param firstNumber where this store's numbering starts (a fallback store numbers apart from the shared counter) */
    CaffeineTicketStore(TicketProperties properties, Ticker ticker, long firstNumber) {
        this.numbers = new AtomicLong(firstNumber - 1);
        this.tickets = Caffeine.newBuilder().expireAfterWrite(properties.ticketTtl()).ticker(ticker).build();
    }

    @Override
    public Ticket open(String address, Language language) {
        Ticket ticket = new Ticket(numbers.incrementAndGet(), address, language);
        tickets.put(ticket.number(), ticket);
        return ticket;
    }

    /** Keeps a ticket opened elsewhere (Redis) so that this process can go on with it during an outage. */
    void keep(Ticket ticket) {
        tickets.put(ticket.number(), ticket);
    }

    @Override
    public Optional<Ticket> find(long number) {
        return Optional.ofNullable(tickets.getIfPresent(number));
    }

    @Override
    public boolean close(long number) {
        return tickets.asMap().remove(number) != null;
    }
}
