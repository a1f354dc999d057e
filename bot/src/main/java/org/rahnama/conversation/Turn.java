package org.rahnama.conversation;

import org.rahnama.state.Session;

/** A reply and the session as it stands after it. */
record Turn(Reply reply, Session session) {
}
