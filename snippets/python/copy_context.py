import contextvars

user = contextvars.ContextVar("user")


def show(where):
    print(f"{where}: {user.get('nobody')}")


def change():
    user.set("changed in ctx")
    show("inside ctx.run")


def main():
    ctx = contextvars.Context()
    ctx.run(user.set, "alice")
    captured = ctx.run(contextvars.copy_context)
    ctx.run(user.set, "bob")
    ctx.run(show, "outside")
    captured.run(show, "ctx.run")
    captured.run(change)
    ctx.run(show, "outside after run")
    captured.run(show, "ctx.run again")
    show("no binding")


main()
