# Spanish UI strings.
# machine-drafted: true — see bot.ftl.

## Notices to the deployment's admins about the database itself (issue 19).

# translation_of: e208dc15dc0e
admin-database-tampered =
    ⚠️ Algo que no tiene la clave del bot modificó su base de datos. Las filas modificadas se rechazan: no se envía nada a nadie que nombren ni se hace nada por esas personas. El bot sigue funcionando con el resto, y este aviso se envía una sola vez.

    Qué hacer: guarda una copia del directorio de datos para investigar, averigua quién podía escribir en él y restaura la base de datos desde una copia de seguridad de confianza. Si también pudieron leer el archivo de la clave, ejecuta `python -m bot rotate-key`, y si la propia máquina puede estar comprometida, cambia además el token del bot con @BotFather (/revoke). El registro del bot dice qué tabla se vio afectada, nunca de quién eran las filas.
