package org.rahnama.state;

import java.util.Optional;
import org.rahnama.language.Language;

/** Open tickets of the hand-off to caseworkers, shared by every instance when Redis is configured; they expire. */
public interface TicketStore {

    Ticket open(String address, Language language);

    Optional<Ticket> find(long number);

    /** Closes the ticket; false when it was not open (closed already, expired, unknown). */
    boolean close(long number);
}
