-- Identity administration: the indexes behind the administrator's lists of enterprises and users.

-- the enterprise list in name order; it covers name and credit code (and the id), so that a
-- search for a part of either, which no index can seek, reads this index instead of the table
CREATE INDEX ix_enterprise_name ON enterprise (name, credit_code);

-- the user list narrowed to one role, or to one department, in username order
CREATE INDEX ix_app_user_role ON app_user (role, username);
CREATE INDEX ix_app_user_department_username ON app_user (department_code, username);
