# Corridor: empleadores y agencias de reclutamiento, español. El historial de
# una licencia y sus motivos son públicos, para que un trabajador pueda
# comprobar a un reclutador.

## Ambos
org-name = Nombre registrado
org-country = País
org-all-countries = Todos los países
org-history = Historial
org-reason = Motivo
org-reason-optional = Motivo (opcional)
org-reason-public = El motivo queda en el historial y lo ve cualquier persona en esta página.
org-valid-until = vigente hasta el { $date }
org-error-reason-required = Diga por qué. El motivo queda en el historial.
org-error-reason-too-long = El motivo debe tener menos de 2000 caracteres.
org-error-name-required = Escriba el nombre registrado.

## Empleadores
org-employers-title = Empleadores
org-employers-intro = Empleadores de los países de destino, registrados por funcionarios de su país. Un empleador suspendido no puede publicar ofertas de empleo.
org-employers-count = { $count ->
    [one] { $count } empleador
    [many] { $count } empleadores
   *[other] { $count } empleadores
}
org-employers-none = Ningún empleador coincide.
org-registration-number = Número de registro mercantil
org-registration-number-hint = Tal como está registrado en el país del empleador.
org-sector = Sector
org-sector-hint = En palabras sencillas, por ejemplo agricultura, salud, manufactura.
org-employer-status-active = Activo
org-employer-status-suspended = Suspendido
org-employer-action-register = Registrado
org-employer-action-suspend = Suspendido
org-employer-action-reinstate = Rehabilitado
org-employer-register = Registrar un empleador
org-employer-register-intro = Lo registran funcionarios del país del empleador. Puede publicar ofertas de empleo de inmediato.
org-employer-register-only = Solo los funcionarios de destino y los administradores registran empleadores.
org-employer-suspend = Suspender a este empleador
org-employer-suspend-explained = Un empleador suspendido no puede publicar ofertas de empleo hasta que sea rehabilitado. Las colocaciones en curso continúan.
org-employer-reinstate = Rehabilitar a este empleador
org-employer-reinstate-explained = El empleador puede volver a publicar ofertas de empleo.
org-employer-reason-hint = El motivo queda en el historial del empleador.
org-employer-done-registered = El empleador está registrado.
org-employer-done-suspend = El empleador está suspendido.
org-employer-done-reinstate = El empleador está rehabilitado.
org-back-to-employers = Volver a los empleadores
org-error-registration-number-required = Escriba el número de registro mercantil.

## Agencias y licencias
org-agencies-title = Agencias de reclutamiento
org-agencies-intro = Todas las agencias de reclutamiento con licencia en Corridor, con el estado de su licencia hoy. Antes de pagar a nadie o firmar nada, compruebe que la licencia de la agencia está vigente. Los trabajadores nunca pagan comisiones de reclutamiento.
org-agencies-count = { $count ->
    [one] { $count } agencia
    [many] { $count } agencias
   *[other] { $count } agencias
}
org-agencies-none = Ninguna agencia coincide.
org-agency = La agencia
org-established-in = Establecida en
org-licence = La licencia
org-licence-number = Número de licencia
org-issuing-country = Expedida por
org-licence-validity = Vigencia
org-licence-valid-dates = Del { $from } al { $until }
org-valid-from = Primer día de vigencia
org-valid-until-label = Último día de vigencia
org-licence-status-active = Vigente
org-licence-status-suspended = Suspendida
org-licence-status-revoked = Revocada
org-licence-status-expired = Vencida
org-licence-not-active-warning = Esta agencia no puede reclutar ahora. No le pague ni firme nada con ella.
org-licence-history = Historial de la licencia
org-licence-action-issue = Otorgada
org-licence-action-renew = Renovada
org-licence-action-suspend = Suspendida
org-licence-action-reinstate = Rehabilitada
org-licence-action-revoke = Revocada
org-licence-action-expire = Vencida
org-licence-actions = Cambiar la licencia
org-licence-renew = Renovar la licencia
org-new-valid-until = Nuevo último día de vigencia
org-new-valid-until-hint = Posterior al actual, por ejemplo 2029-12-31.
org-licence-suspend = Suspender la licencia
org-licence-suspend-explained = La agencia no puede reclutar hasta que se rehabilite la licencia: no puede gestionar nuevas ofertas de empleo.
org-licence-reinstate = Rehabilitar la licencia
org-licence-reinstate-explained = La licencia vuelve a estar vigente hasta su último día de vigencia.
org-licence-revoke = Revocar la licencia
org-licence-revoke-explained = Retira la licencia definitivamente. Lo confirma en la página siguiente.
org-licence-done-licensed = La agencia tiene licencia.
org-licence-done-renew = La licencia está renovada.
org-licence-done-suspend = La licencia está suspendida.
org-licence-done-reinstate = La licencia está rehabilitada.
org-licence-done-revoke = La licencia está revocada.
org-agency-license = Otorgar licencia a una agencia
org-agency-license-intro = Los funcionarios del país que expide la licencia otorgan la licencia a una agencia de reclutamiento. La licencia está vigente desde su primer hasta su último día de vigencia.
org-agency-license-only = Solo los funcionarios y los administradores otorgan licencias a agencias de reclutamiento.
org-licence-number-taken = Este número de licencia ya está registrado.
org-back-to-agencies = Volver a las agencias
org-error-licence-number-required = Escriba el número de licencia.
org-error-valid-until-required = Escriba el nuevo último día de vigencia.
org-error-licence-valid-until-before-start = El último día de vigencia no puede ser anterior al primero.

## Revocar
org-revoke-title = Revocar la licencia de { $name }
org-revoke-intro = La licencia { $number } se retirará definitivamente.
org-revoke-consequence-final = Una licencia revocada no se puede rehabilitar ni renovar; la agencia necesitaría una licencia nueva.
org-revoke-consequence-job-orders = La agencia no puede gestionar nuevas ofertas de empleo. Las colocaciones en curso quedan registradas.
org-revoke-consequence-public = La revocación y su motivo se muestran a cualquier persona en la página de la agencia.
org-revoke-confirm = Confirmo que esta licencia queda revocada definitivamente
org-error-confirm-confirmation-required = Marque la casilla para confirmar la revocación.

## La agencia de un reclutador
org-own-agency-title = Mi agencia
org-own-agency-intro = La licencia de su agencia tal como la ven los trabajadores y los funcionarios, y las ofertas de empleo que gestiona su agencia.
org-agency-job-orders = Ofertas de empleo que gestiona su agencia
org-agency-job-orders-none = Su agencia todavía no gestiona ninguna oferta de empleo.
org-job-order-status-pending_approval = En espera de aprobación
org-job-order-status-open = Abierta
org-job-order-status-closed = Cerrada
org-job-order-starts = empieza el { $date }

## Reglas
rule-illegal-licence-action = A la licencia no se le puede aplicar esta acción en su estado actual.
rule-illegal-employer-action = Al empleador no se le puede aplicar esta acción en su estado actual.
rule-renewal-not-later = El nuevo último día de vigencia debe ser posterior al actual y no estar en el pasado.
rule-changed-by-action = Esto solo cambia mediante su propia acción, que guarda el motivo.
rule-confirmation-required = Marque la casilla para confirmar.
