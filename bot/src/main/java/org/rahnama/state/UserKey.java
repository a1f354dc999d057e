package org.rahnama.state;

/** A user id after salted hashing: the only form in which a person is stored or logged. */
public record UserKey(String value) {

    @Override
    public String toString() {
        return value;
    }
}
