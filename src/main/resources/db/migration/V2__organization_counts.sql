-- The numbers of each organization's users and groups, changed by every create and delete, so
-- that a list of all of them need not count their rows on every page. Organizations that
-- exist already start from a count of their rows.

create table organization_size (
    organization_id uuid not null,
    user_count bigint not null,
    group_count bigint not null,
    constraint pk_organization_size primary key (organization_id)
);

insert into organization_size (organization_id, user_count, group_count)
select o.id,
       (select count(*) from scim_user u where u.organization_id = o.id),
       (select count(*) from scim_group g where g.organization_id = o.id)
from organization o;
