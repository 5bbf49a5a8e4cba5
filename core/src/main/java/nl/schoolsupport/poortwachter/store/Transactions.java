package nl.schoolsupport.poortwachter.store;

import java.util.function.Supplier;

/**
 * Explicit transactions. Store calls made inside {@code work}, on the same thread, join the transaction;
 * an exception rolls everything back and is rethrown unchanged. Nested calls join the outer transaction.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
