package dev.suitcase.runner.engine;

import dev.suitcase.adapters.Adapter;
import dev.suitcase.adapters.AdapterOutcome;
import dev.suitcase.adapters.Ics;
import dev.suitcase.adapters.InProcessAdapter;
import dev.suitcase.adapters.Operation;
import dev.suitcase.adapters.VerifyRequest;
import dev.suitcase.verifier.Algorithm;
import dev.suitcase.verifier.Layer;

import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/** Adapters the engine tests open with {@code java:} specs: each misbehaves, or answers, in one known way. */
public final class TestAdapters {
    private TestAdapters() {
    }

    static String spec(Class<? extends Adapter> type) {
        return "java:" + type.getName();
    }

    private static Ics ics(String name, Set<Layer> layers) {
        return new Ics(name, "1.0", layers, EnumSet.allOf(Algorithm.class), Set.of(), EnumSet.of(Operation.VERIFY),
                OptionalLong.empty());
    }

    /** Accepts every input of every layer: fails every must-reject vector. */
    public static final class AcceptsEverything extends InProcessAdapter {
        private final Ics ics = ics("accepts everything", EnumSet.allOf(Layer.class));

        @Override
        public Ics describe() {
            return ics;
        }

        @Override
        protected AdapterOutcome answer(VerifyRequest request) {
            return AdapterOutcome.accept();
        }
    }

    /** Implements the signature layer only: every COSE and SUIT vector is outside its statement. */
    public static final class SignaturesOnly extends InProcessAdapter {
        private final Ics ics = ics("signatures only", EnumSet.of(Layer.SIGNATURE));

        @Override
        public Ics describe() {
            return ics;
        }

        @Override
        protected AdapterOutcome answer(VerifyRequest request) {
            return AdapterOutcome.accept();
        }
    }

    /** Never returns from a call. */
    public static final class Hangs implements Adapter {
        private final Ics ics = ics("hangs", EnumSet.allOf(Layer.class));
        private final CountDownLatch never = new CountDownLatch(1);

        @Override
        public Ics describe() {
            return ics;
        }

        @Override
        public AdapterOutcome verify(VerifyRequest request) {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return AdapterOutcome.accept();
        }

        /** Lets the abandoned calls end. */
        @Override
        public void close() {
            never.countDown();
        }
    }

    /** Breaks the adapter contract: throws instead of answering. */
    public static final class Throws implements Adapter {
        private final Ics ics = ics("throws", EnumSet.allOf(Layer.class));

        @Override
        public Ics describe() {
            return ics;
        }

        @Override
        public AdapterOutcome verify(VerifyRequest request) {
            throw new IllegalStateException("decoder exploded");
        }

        @Override
        public void close() {
        }
    }

    /** Cannot be opened: its constructor fails, as when a licence or a native library is missing. */
    public static final class CannotStart extends InProcessAdapter {
        public CannotStart() {
            throw new IllegalStateException("native library libsuit.so is missing");
        }

        @Override
        public Ics describe() {
            throw new AssertionError("never created");
        }

        @Override
        protected AdapterOutcome answer(VerifyRequest request) {
            throw new AssertionError("never created");
        }
    }
}
