# Páginas para funcionarios de origen y de destino (y administradores), en
# español: programas, rondas de emparejamiento, infracciones de cobro, el
# registro de auditoría y la inscripción de trabajadores en una oficina de
# empleo. Las palabras comunes (form-*, rule-*, status-*, consent-*, job-*)
# están en corridor.ftl y pages.ftl.

## Listas
pager-label = Páginas
pager-page-of = Página { $page } de { $pages }
pager-previous = Página anterior
pager-next = Página siguiente
official-filter = Filtrar
official-filter-apply = Mostrar
official-filter-clear = Quitar el filtro

## Palabras comunes de las páginas de funcionarios
official-sex-female = Mujeres
official-sex-male = Hombres
official-sex-other = Otro sexo
official-sex-not_stated = Sexo no declarado
official-person-not-stated = No declarado
official-country-of-residence = País de residencia
official-worker-id = Trabajador { $id }
official-job-starts = empieza el { $date }
official-job-status-pending_approval = Pendiente de aprobación
official-job-status-open = Abierta
official-job-status-closed = Cerrada
official-isco-invalid = Escriba un código de grupo CIUO-08, por ejemplo 611 o 9211
official-currency-choose = Elija la moneda del programa
official-hours-invalid = Escriba las horas semanales como un número de 0 a 168
official-months-invalid = Escriba un número entero de meses
official-percent-invalid = Escriba un porcentaje de 0 a 100
official-positions-invalid = Escriba el número de plazas como un número entero
official-per-hour = por hora
official-per-week = por semana
official-per-month = por mes
official-per-year = por año


## Infracciones de cobro
official-fees-title = Infracciones de cobro
official-fees-intro = Pagos que incumplieron el principio de que paga el empleador en los programas de su país: un trabajador obligado a pagar una comisión o un costo de contratación, o un soborno, una comisión ilícita, una fianza o una garantía. Cada uno queda registrado.
official-fees-count = { $count ->
    [one] { $count } infracción
    [many] { $count } infracciones
   *[other] { $count } infracciones
}
official-fees-none = No hay ninguna infracción de cobro registrada en los programas de su país.
official-fees-paid-on = Pagado el
official-fees-who = Quién pagó a quién
official-fees-breach = Infracción
official-fees-kind-worker_paid_recruitment_cost = El trabajador pagó una comisión o un costo de contratación
official-fees-kind-illegitimate_cost = Un soborno, una comisión ilícita, una fianza o una garantía

## Registro de auditoría
official-audit-title = Registro de auditoría
official-audit-intro-country = Toda escritura, toda lectura de datos personales y toda denegación que afecta a { $country }: sus programas, sus nacionales y residentes, sus organizaciones y los actos de sus propios funcionarios. Su lectura del registro también queda anotada.
official-audit-intro-all = Toda escritura, toda lectura de datos personales y toda denegación. Su lectura del registro también queda anotada.
official-audit-entity = Tipo de registro
official-audit-entity-hint = Por ejemplo worker, placement, programme, match_round_pairs
official-audit-entity-id = Número del registro
official-audit-action = Acción
official-audit-action-hint = Por ejemplo read, create, update, transition
official-audit-actor = Número de usuario
official-audit-actor-hint = De quién mostrar los actos
official-audit-actor-invalid = Escriba un número de usuario, por ejemplo 12
official-audit-count = { $count ->
    [one] { $count } entrada
    [many] { $count } entradas
   *[other] { $count } entradas
}
official-audit-none = Ninguna entrada coincide.
official-audit-when = Cuándo
official-audit-who = Quién
official-audit-record = Registro
official-audit-outcome = Resultado
official-audit-detail = Detalle
official-audit-user = usuario { $id }
official-audit-system = el sistema
official-audit-personal = datos personales
official-audit-allowed = permitido
official-audit-denied = denegado

## Inscribir a un trabajador
official-register-title = Inscribir a un trabajador
official-register-intro = Para un trabajador de su país que vino en persona, por ejemplo a una oficina de empleo. Después puede entrar para completar su perfil; el perfil es suyo y puede cambiar cada consentimiento.
official-register-consents = Los consentimientos del trabajador
official-register-consents-intro = Lea cada finalidad al trabajador y marque solo lo que acepte, en persona. Puede cambiar cada decisión en cualquier momento.
official-register-submit = Inscribir al trabajador
official-register-done = El trabajador está inscrito.
official-worker-occupations = Ocupaciones
official-worker-consents = Consentimientos
official-worker-consents-note = La última decisión del trabajador sobre cada finalidad. Solo el trabajador las cambia.
official-worker-placements = Solicitudes y colocaciones
official-worker-no-placements = Ninguna solicitud que usted pueda ver.
