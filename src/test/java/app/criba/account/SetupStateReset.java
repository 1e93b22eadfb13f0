package app.criba.account;

/** Lets tests start again from a fresh installation after emptying the user table. */
final class SetupStateReset {

    private SetupStateReset() {
    }

    static void reset(SetupState setup) {
        setup.resetForTests();
    }
}
