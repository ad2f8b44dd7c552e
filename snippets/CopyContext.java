///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//DESCRIPTION copy_context and Context.run as rebinding a ScopedValue

public class CopyContext {

    // tag::main[]
    static final ScopedValue<String> USER = ScopedValue.newInstance();

    static void show(String where) {
        System.out.println(where + ": " + USER.orElse("nobody"));
    }

    public static void main(String[] args) {
        ScopedValue.where(USER, "alice").run(() -> {
            // copy_context(): Java can only read the values it needs
            String captured = USER.get();
            ScopedValue.where(USER, "bob").run(() -> {
                show("outside");
                // ctx.run(show): run with the captured binding
                ScopedValue.where(USER, captured)
                        .run(() -> show("ctx.run"));
                // a change inside lasts only for the inner call
                ScopedValue.where(USER, captured).run(() ->
                        ScopedValue.where(USER, "changed in ctx")
                                .run(() -> show("inside ctx.run")));
                show("outside after run");
                ScopedValue.where(USER, captured)
                        .run(() -> show("ctx.run again"));
            });
        });
        show("no binding");
    }
    // end::main[]
}
