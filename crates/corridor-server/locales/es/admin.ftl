# Corridor: páginas del administrador (cuentas), español. Todas las listas
# comparten los mensajes de paginación (admin-page-*).

## Listas
admin-pagination-label = Páginas
admin-page-of = Página { $page } de { $pages }
admin-page-previous = Página anterior
admin-page-next = Página siguiente
admin-filter = Mostrar

## Roles
admin-role-worker = Trabajador
admin-role-employer = Empleador
admin-role-recruiter = Reclutador (agencia con licencia)
admin-role-origin-official = Funcionario de un país de origen
admin-role-destination-official = Funcionario de un país de destino
admin-role-researcher = Investigador
admin-role-admin = Administrador

## Cuentas
admin-users-title = Cuentas
admin-users-count = { $count ->
    [one] { $count } cuenta
    [many] { $count } cuentas
   *[other] { $count } cuentas
}
admin-users-none = Ninguna cuenta coincide.
admin-all-roles = Todos los roles
admin-role = Rol
admin-status = Estado
admin-enabled = Puede iniciar sesión
admin-disabled = Desactivada
admin-acts-for = Actúa por
admin-created = Creada
admin-back-to-users = Volver a las cuentas

## Una cuenta nueva
admin-new-user = Crear una cuenta
admin-new-user-intro = Los trabajadores crean su propia cuenta al registrarse, o un funcionario de su país los registra. Aquí se crean cuentas para empleadores, reclutadores, funcionarios, investigadores y administradores.
admin-account = La cuenta
admin-display-name = Nombre que se muestra en las páginas
admin-display-name-hint = El nombre de una persona, o una oficina como «Agregaduría laboral, Ottawa».
admin-temporary-password = Contraseña provisional
admin-temporary-password-hint = Al menos 10 caracteres. Désela a la persona en privado; debe cambiarla en la página de su cuenta después de iniciar sesión.
admin-role-and-binding = Qué hace la cuenta
admin-role-hint = Una cuenta de empleador necesita su empleador, la de un reclutador su agencia y la de un funcionario su país.
admin-employer = Empleador
admin-employer-hint = Solo para una cuenta de empleador.
admin-agency = Agencia de reclutamiento
admin-agency-hint = Solo para una cuenta de reclutador.
admin-country = País
admin-country-hint = Solo para un funcionario: el país del que es funcionario.
admin-none = Ninguno
admin-create-account = Crear la cuenta
admin-email-taken = Ya existe una cuenta con este correo electrónico.
admin-error-email-invalid = Escriba un correo electrónico, como nombre@ejemplo.org.
admin-error-display-name-required = Escriba el nombre que se muestra en las páginas.
admin-error-role-required = Elija el rol de la cuenta.
admin-error-employer-id-required = Elija el empleador por el que actúa esta cuenta.
admin-error-agency-id-required = Elija la agencia por la que actúa esta cuenta.
admin-error-country-required = Elija el país del funcionario.
admin-error-password-too-short = Escriba una contraseña provisional de al menos 10 caracteres.

## Una cuenta
admin-done-created = La cuenta está creada. Dele a la persona su contraseña provisional en privado.
admin-done-disabled = La cuenta está desactivada. Se cerraron todas sus sesiones y sus tokens de API dejaron de funcionar.
admin-done-enabled = La cuenta puede volver a iniciar sesión.
admin-done-password = La contraseña está cambiada. Se cerraron todas las sesiones de la cuenta y sus tokens de API dejaron de funcionar.
admin-own-account = Esta es su propia cuenta. Cambie su contraseña en la página de su cuenta, que le pide la actual.
admin-disable = Desactivar esta cuenta
admin-disable-explained = La persona ya no puede iniciar sesión. Se cierran a la vez todas sus sesiones y todos los tokens de API de la cuenta dejan de funcionar. Sus registros quedan como están. Puede volver a activar la cuenta.
admin-enable = Activar esta cuenta
admin-enable-explained = La persona puede volver a iniciar sesión con su contraseña. Las sesiones y los tokens que terminaron al desactivarla siguen terminados.
admin-reset-password = Poner una contraseña provisional nueva
admin-reset-password-explained = Para quien olvidó su contraseña o cuya contraseña pueden conocer otros. Se cierran todas sus sesiones y todos los tokens de API de la cuenta dejan de funcionar.

## Reglas
rule-own-account = No puede hacer esto con su propia cuenta aquí.
