    # Inspectra (docs/operations.md): Karaf 4.4's client ends the session of a command as soon as its standard
    # input reaches its end (its Ctrl-D watch, KARAF-5995), which is at once where that input is not a terminal (a
    # script, cron, CI, a test): `bin/client "inspectra:framework-list" </dev/null` printed only "Closed". Give such
    # a client an input that never ends, unless -b reads the commands from it.
    if [ ! -t 0 ]; then
        inspectra_batch=false
        for inspectra_arg in "$@"; do
            if [ "${inspectra_arg}" = "-b" ]; then inspectra_batch=true; fi
        done
        if [ "${inspectra_batch}" = "false" ]; then exec < /dev/zero; fi
    fi
